# saudinewsnet_part022_0977 (second annotation, second5)
@P1
GPE | السعودية | p1_saudi
GPE | إيطاليا | p1_italy

@P2
PER | عادل بن أحمد الجبير | p2_jubeir
DATE | أمس | p2_date
ORG | سفارة خادم الحرمين الشريفين | p2_embassy
GPE | روما | p2_rome
GPE | الجمهورية الإيطالية | p2_italrep
PER | أرماندو فاريكيو | p2_varricchio
GPE | إيطاليا | p2_italy
GPE | مالطا | p2_malta
PER | رائد بن خالد قرملي | p2_qurmuli
PER | أسامة بن أحمد نقلي | p2_naqli
PER | محمد بن عباس الكلابي | p2_kalabi
PER | عادل بن أحمد الجبير | p2_jubeir2
ORG | سفارة خادم الحرمين الشريفين | p2_embassy2
GPE | روما | p2_rome2
ORG | الفاو | p2_fao
ORG | الإيفاد | p2_ifad
ORG | برنامج الغذاء العالمي | p2_wfp
GPE | إيطاليا | p2_italy2
GPE | مالطا | p2_malta2
PER | رائد قرملي | p2_qurmuli2
NORP | السعوديين | p2_saudis
GPE | إيطاليا | p2_italy3
ORG | وزارة الخارجية | p2_mofa
PER | أسامة بن أحمد نقلي | p2_naqli2
PER | محمد بن عباس الكلابي | p2_kalabi2
REL | LOCATED_IN | p2_embassy | p2_rome
REL | ROLE | p2_varricchio | p2_italrep
REL | MEET | p2_jubeir | p2_varricchio
REL | LOCATED_IN | p2_embassy2 | p2_rome2
REL | VISIT | p2_jubeir2 | p2_rome2
REL | ROLE | p2_naqli2 | p2_mofa

@P3
PER | عادل بن أحمد الجبير | p3_jubeir
DATE | أمس | p3_date
NORP | الإيطالي | p3_ital
PER | باولو جينتيلوني | p3_gentiloni
NORP | الإيطالية | p3_ital2
GPE | روما | p3_rome
ORG | وكالة الأنباء السعودية | p3_spa
GPE | إيطاليا | p3_italy
REL | ROLE | p3_gentiloni | p3_ital
REL | MEET | p3_jubeir | p3_gentiloni

@P4
NORP | الفلسطينية | p4_pal
LAW | مبادرة السلام العربية | p4_api
GPE | لبنان | p4_lebanon
GPE | سوريا | p4_syria
GPE | العراق | p4_iraq
LAW | اتفاق خمسة زائد واحد | p4_jcpoa
GPE | إيران | p4_iran
GPE | اليمن | p4_yemen
REL | PARTY_TO | p4_iran | p4_jcpoa

@P5
DATE | الأشهر القادمة | p5_date
