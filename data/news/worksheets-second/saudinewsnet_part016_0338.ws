# saudinewsnet_part016_0338 (keyword4, second pass)
@P1
NORP | الأميركي | p1_us_adj
GPE | الولايات المتحدة | p1_us
LOC | الخليج | p1_gulf

@P2
NORP | الاميركي | p2_us_adj
PER | جون كيري | p2_kerry
DATE | الاثنين | p2_monday
GPE | الدوحة | p2_doha
ORG | مجلس التعاون الخليجي | p2_gcc
LAW | الاتفاق النووي | p2_deal
GPE | إيران | p2_iran
GPE | الولايات المتحدة | p2_us
LOC | الخليج | p2_gulf
REL | ROLE | p2_kerry | p2_us_adj
REL | PARTY_TO | p2_iran | p2_deal

@P3
PER | كيري | p3_kerry

@P4
PER | كيري | p4_kerry
GPE | واشنطن | p4_washington
NORP | الخليجيين | p4_gulf_adj

@P5
PER | كيري | p5_kerry
NORP | القطري | p5_qatari
PER | خالد العطية | p5_attiyah
REL | ROLE | p5_attiyah | p5_qatari
REL | MEET | p5_kerry | p5_attiyah

@P6
PER | كيري | p6_kerry
GPE | الدوحة | p6_doha
NORP | الخليجيين | p6_gulf_adj
DATE | منتصف يوليو (تموز) | p6_mid_july
GPE | إيران | p6_iran

@P7
PER | كيري | p7_kerry
ORG | مجلس التعاون الخليجي | p7_gcc
GPE | السعودية | p7_saudi
GPE | البحرين | p7_bahrain
GPE | الامارات العربية المتحدة | p7_uae
GPE | الكويت | p7_kuwait
GPE | قطر | p7_qatar
GPE | سلطنة عمان | p7_oman

@P8
PER | العطية | p8_attiyah
GPE | ايران | p8_iran
NORP | الايراني | p8_iranian

@P9
PER | العطية | p9_attiyah
GPE | ايران | p9_iran
NORP | الايراني | p9_iranian

@P10
LOC | الخليج | p10_gulf
GPE | ايران | p10_iran
DATE | الرابع عشر من يوليو (تموز) | p10_july14
ORG | مجموعة 5+1 | p10_p5plus1
GPE | الولايات المتحدة | p10_us
GPE | فرنسا | p10_france
GPE | بريطانيا | p10_uk
GPE | روسيا | p10_russia
GPE | الصين | p10_china
GPE | المانيا | p10_germany

@P11
LAW | الاتفاق النووي الايراني | p11_deal
GPE | ايران | p11_iran

@P12
LOC | الخليج | p12_gulf
GPE | ايران | p12_iran
GPE | طهران | p12_tehran

@P13
NORP | اميركي | p13_us_adj
NORP | السعودي | p13_saudi_adj
PER | عادل الجبير | p13_jubeir
ORG | الحكومة السعودية | p13_saudi_gov
REL | ROLE | p13_jubeir | p13_saudi_adj
REL | ROLE | p13_jubeir | p13_saudi_gov

@P14
PER | الجبير | p14_jubeir
DATE | الاسبوع الماضي | p14_last_week
NORP | ايرانيين | p14_iranians
GPE | ايران | p14_iran
GPE | البحرين | p14_bahrain
GPE | طهران | p14_tehran
REL | CRITICIZES | p14_iran | p14_bahrain
REL | CRITICIZES | p14_bahrain | p14_tehran

@P15
PER | كيري | p15_kerry
DATE | الاحد | p15_sunday
GPE | القاهرة | p15_cairo
NORP | المصري | p15_egyptian
PER | سامح شكري | p15_shoukry
LAW | اتفاق فيينا | p15_vienna_deal
GPE | مصر | p15_egypt
GPE | ايران | p15_iran
REL | ROLE | p15_shoukry | p15_egyptian
REL | MEET | p15_kerry | p15_shoukry

@P16
GPE | طهران | p16_tehran
NORP | الايراني | p16_iranian
PER | حسن روحاني | p16_rouhani
LAW | الاتفاق النووي | p16_deal
GPE | اليمن | p16_yemen
GPE | سوريا | p16_syria
REL | ROLE | p16_rouhani | p16_iranian

@P17
PER | روحاني | p17_rouhani
DATE | الاحد | p17_sunday
LAW | الاتفاق النووي | p17_deal

@P18
PER | كيري | p18_kerry
NORP | الروسي | p18_russian
PER | سيرغي لافروف | p18_lavrov
NORP | القطري | p18_qatari
GPE | سوريا | p18_syria
GPE | سنغافورة | p18_singapore
REL | ROLE | p18_lavrov | p18_russian
REL | MEET | p18_kerry | p18_lavrov
REL | VISIT | p18_kerry | p18_singapore
