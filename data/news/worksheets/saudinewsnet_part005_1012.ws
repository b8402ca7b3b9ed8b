# saudinewsnet_part005_1012 (annotator57)
@P1
NORP | الروسية | p1_russian

@P2
# "وزير خارجية النظام السوري" is a title with no PER: ORG only, no relation
ORG | النظام السوري | p2_regime
GPE | موسكو | p2_moscow
NORP | السعودي | p2_saudi
PER | محمد بن سلمان | p2_mbs
REL | ROLE | p2_mbs | p2_saudi
REL | VISIT | p2_mbs | p2_moscow      # "زيارة ... أخرى تاريخية قام بها" = another visit to Moscow
NORP | الروسي | p2_russian
EVENT | الأزمة السورية | p2_crisis

@P3
GPE | جنيف | p3_geneva
GPE | موسكو | p3_moscow
NORP | الروس | p3_russians
ORG | تنظيم الدولة الإسلامية | p3_is
GPE | سورية | p3_syria
ORG | داعش | p3_daesh
NORP | السورية | p3_syrian

@P4
NORP | الروسي | p4_russian1
PER | فلاديمير بوتين | p4_putin
REL | ROLE | p4_putin | p4_russian1
GPE | الرياض | p4_riyadh
GPE | أنقرة | p4_ankara
GPE | عمان | p4_amman
GPE | دمشق | p4_damascus
GPE | طهران | p4_tehran
NORP | السوري | p4_syrian
EVENT | الأزمة السورية | p4_crisis1
PER | ستيفان دي مي ستورا | p4_demistura
GPE | موسكو | p4_moscow
EVENT | الأزمة السورية | p4_crisis2
REL | SUPPORTS | p4_demistura | p4_tehran   # "وساعدها في ذلك الموفد الدولي"
REL | SUPPORTS | p4_moscow | p4_tehran      # "كما فعلت أيضا موسكو نفسها"
NORP | الروسي | p4_russian2
PER | سيرغي لافروف | p4_lavrov
REL | ROLE | p4_lavrov | p4_russian2
EVENT | مؤتمر جنيف | p4_genevaconf
DATE | مطلع العام الماضي | p4_lastyear
GPE | إيران | p4_iran

@P5
GPE | روسيا | p5_russia
GPE | الولايات المتحدة | p5_us1
DATE | مطلع هذا الأسبوع | p5_week
GPE | فيينا | p5_vienna
GPE | موسكو | p5_moscow
GPE | واشنطن | p5_washington
EVENT | الحرب الباردة | p5_coldwar
GPE | الولايات المتحدة | p5_us2
ORG | التحالف الدولي | p5_coalition
ORG | داعش | p5_daesh
NORP | الروس | p5_russians
NORP | أميركي | p5_american
NORP | إيراني | p5_iranian

@P6
NORP | الروسية | p6_russian
GPE | طهران | p6_tehran
GPE | موسكو | p6_moscow1
ORG | تنظيم الدولة الإسلامية | p6_is
GPE | موسكو | p6_moscow2
GPE | الرياض | p6_riyadh
NORP | الإيراني | p6_iranian
GPE | اليمن | p6_yemen

@P7
GPE | الرياض | p7_riyadh1
NORP | الروس | p7_russians
PER | بشار الأسد | p7_assad1
GPE | سورية | p7_syria
REL | ROLE | p7_assad1 | p7_syria
REL | SUPPORTS | p7_russians | p7_assad1   # "إصرار الروس على إبقاء بشار الأسد رئيساً"
GPE | السعودية | p7_saudi
PER | أسد | p7_assad2                    # "للأسد" (after لل)
GPE | أنقرة | p7_ankara
GPE | الرياض | p7_riyadh2
NORP | الأكراد | p7_kurds
NORP | الكردية | p7_kurdish

@P8
PER | أحمد الجربا | p8_jarba
ORG | ائتلاف السوري | p8_coalition       # "للائتلاف السوري المعارض": after لل, "المعارض" a trailing descriptor
REL | ROLE | p8_jarba | p8_coalition      # "الرئيس السابق" (former head)
NORP | السعودية | p8_saudi
GPE | موسكو | p8_moscow
REL | VISIT | p8_jarba | p8_moscow
NORP | الروس | p8_russians
GPE | الرياض | p8_riyadh
GPE | دمشق | p8_damascus
ORG | داعش | p8_daesh
EVENT | أزمة السورية | p8_crisis          # "للأزمة السورية"
PER | بشار الأسد | p8_assad

@P9
GPE | موسكو | p9_moscow
NORP | الروس | p9_russians
NORP | روس | p9_russians2              # "للروس"
