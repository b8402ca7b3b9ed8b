# saudinewsnet_part024_0589 (annotator35)
@P1
PER | الجبير | p1_jubeir
GPE | إيران | p1_iran
PER | أسد | p1_assad
REL | CRITICIZES | p1_jubeir | p1_iran
REL | SUPPORTS | p1_iran | p1_assad

@P2
PER | عادل الجبير | p2_jubeir
NORP | الإيطالي | p2_italian
PER | باولو جينتيلوني | p2_gentiloni
DATE | أول من أمس | p2_date
NORP | الإيطالية | p2_italian2
GPE | روما | p2_rome
REL | ROLE | p2_gentiloni | p2_italian
REL | MEET | p2_jubeir | p2_gentiloni

@P4
PER | الجبير | p4_jubeir
LOC | الشرق الأوسط | p4_me
GPE | اليمن | p4_yemen
ORG | التحالف العربي | p4_coalition

@P5
PER | الجبير | p5_jubeir
NORP | الإيراني | p5_iranian
NORP | الغرب | p5_west
GPE | إيران | p5_iran
PER | الأسد | p5_assad
GPE | سورية | p5_syria
REL | CRITICIZES | p5_jubeir | p5_iran
REL | SUPPORTS | p5_iran | p5_assad

@P6
NORP | الإيطالي | p6_italian
GPE | إيطاليا | p6_italy

@P7
NORP | السوري | p7_syrian
ORG | الأمم المتحدة | p7_un
GPE | سورية | p7_syria
LAW | بيان جنيف1 | p7_geneva
PER | بشار الأسد | p7_assad
NORP | السوريين | p7_syrians

@P8
GPE | روسيا | p8_russia
GPE | الولايات المتحدة | p8_us

@P9
NORP | العراقي | p9_iraqi
ORG | داعش | p9_isis
NORP | الليبي | p9_libyan
NORP | اليمني | p9_yemeni
GPE | اليمن | p9_yemen

@P10
ORG | سفارة خادم الحرمين الشريفين | p10_embassy
GPE | روما | p10_rome
ORG | الفاو | p10_fao
ORG | الإيفاد | p10_ifad
ORG | برنامج الغذاء العالمي | p10_wfp
GPE | إيطاليا | p10_italy
GPE | مالطا | p10_malta
PER | رائد قرملي | p10_qurmuli
REL | LOCATED_IN | p10_embassy | p10_rome

@P11
NORP | السعوديين | p11_saudis
GPE | إيطاليا | p11_italy
