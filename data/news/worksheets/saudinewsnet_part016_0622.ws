# saudinewsnet_part016_0622 (annotator48)
@P1
GPE | العراق | p1_iraq

@P2
# "ائتلاف الوطنية" keeps "ائتلاف" ("الوطنية" alone reads as an adjective); bare "للائتلاف" is a common noun
ORG | ائتلاف الوطنية | p2_wataniya
PER | اياد علاوي | p2_allawi
ORG | الحكومة العراقية | p2_gov
REL | ROLE | p2_allawi | p2_wataniya
REL | CRITICIZES | p2_wataniya | p2_gov
DATE | امس | p2_yesterday
GPE | بغداد | p2_baghdad
GPE | البصرة | p2_basra
NORP | العراقية | p2_iraqi1
NORP | العراقية | p2_iraqi2
DATE | الجمعة والسبت | p2_days

@P3
GPE | البصرة | p3_basra
GPE | العراق | p3_iraq
REL | LOCATED_IN | p3_basra | p3_iraq
DATE | امس | p3_yesterday1
# "ديوان المحافظة", "مجلس المحافظة" (no governorate named) and "المرجعية الدينية" are not annotated
GPE | كربلاء | p3_karbala
MONEY | خمسة ملايين دينار | p3_money
PER | حيدر العبادي | p3_abadi
GPE | النجف | p3_najaf
DATE | امس | p3_yesterday2
GPE | بغداد | p3_baghdad1
DATE | الجمعة | p3_friday
FAC | ساحة التحرير | p3_tahrir
GPE | بغداد | p3_baghdad2
REL | LOCATED_IN | p3_tahrir | p3_baghdad2
PER | قاسم الفهداوي | p3_fahdawi

@P4
ORG | بعثة الأمم المتحدة | p4_unami
GPE | العراق | p4_iraq
REL | LOCATED_IN | p4_unami | p4_iraq
NORP | عراقيا | p4_iraqis
DATE | شهر تموز الماضي | p4_july

@P5
GPE | بغداد | p5_baghdad1
DATE | تموز الماضي | p5_july
ORG | قوات الأمن العراقية | p5_isf
ORG | داعش | p5_isis
GPE | بغداد | p5_baghdad2
DATE | شهر حزيران الماضي | p5_june
DATE | شهر تموز | p5_july2
