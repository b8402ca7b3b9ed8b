# saudinewsnet_part017_1042 (annotator37)
@P1
ORG | هيئة الشباب والرياضة | p1_authority
GPE | الكويت | p1_kuwait
EVENT | خليجي 23 | p1_gulf23
REL | LOCATED_IN | p1_authority | p1_kuwait

@P2
EVENT | كأس الخليج | p2_gulfcup
EVENT | خليجي 23 | p2_gulf23
ORG | الاتحاد الكويتي لكرة القدم | p2_kfa
ORG | هيئة الشباب والرياضة الكويتية | p2_authority

@P3
PER | أحمد الخزعل | p3_khazal
DATE | اليوم الثلاثاء | p3_tuesday
EVENT | خليجي 23 | p3_gulf23
FAC | استاد جابر | p3_jaber1
FAC | استاد جابر | p3_jaber2
DATE | أكتوبر المقبل | p3_october

@P4
EVENT | كأس الخليج | p4_gulfcup
DATE | أمس الاثنين | p4_monday
DATE | ديسمبر المقبل | p4_december
GPE | الكويت | p4_kuwait

@P5
ORG | الاتحاد الكويتي | p5_kfa
PER | طلال الفهد | p5_talal
DATE | ديسمبر كانون الأول 2016 | p5_dec2016
DATE | يناير كانون الثاني 2017 | p5_jan2017
REL | ROLE | p5_talal | p5_kfa

@P6
EVENT | خليجي 23 | p6_gulf23
DATE | 22 ديسمبر المقبل والرابع من يناير 2016 | p6_range
GPE | العراق | p6_iraq
DATE | فبراير الماضي | p6_february
EVENT | خليجي 24 | p6_gulf24
GPE | الكويت | p6_kuwait

@P7
PER | جاسم الهويدي | p7_huwaidi
ORG | الهيئة العامة للشباب والرياضة | p7_authority
REL | ROLE | p7_huwaidi | p7_authority
GPE | العراق | p7_iraq
GPE | كويت | p7_kuwait

@P8
GPE | كويت | p8_kuwait
EVENT | كأس الخليج | p8_gulfcup
DATE | 2003 | p8_2003
GPE | قطر | p8_qatar
EVENT | خليجي 22 | p8_gulf22
GPE | الرياض | p8_riyadh
DATE | العام الماضي | p8_lastyear
GPE | السعودية | p8_ksa
REL | VISIT | p8_qatar | p8_riyadh
