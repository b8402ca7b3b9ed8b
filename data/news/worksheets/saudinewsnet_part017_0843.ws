# saudinewsnet_part017_0843 (annotator36)
@P1
EVENT | خليجي 23 | p1_gulf23
GPE | الكويت | p1_kuwait
DATE | ديسمبر | p1_dec

@P2
NORP | الخليجية | p2_gulf
GPE | العراق | p2_iraq
GPE | اليمن | p2_yemen
EVENT | كأس الخليج | p2_gulfcup
DATE | أمس | p2_yesterday
GPE | الكويت | p2_kuwait
GPE | قطر | p2_qatar

@P3
DATE | كانون الأول (ديسمبر) المقبل | p3_dec
NORP | الخليجية | p3_gulf

@P4
PER | طلال الفهد | p4_fahad
FAC | ستاد جابر | p4_jaber
ORG | الشباب | p4_shabab
ORG | النصر | p4_nasr
GPE | الكويت | p4_kuwait
ORG | نادي الكويت | p4_kuwaitsc
REL | LOCATED_IN | p4_kuwaitsc | p4_kuwait
EVENT | كأس الاتحاد الآسيوي | p4_afccup
EVENT | تصفيات كأس العالم 2018 | p4_wcq
EVENT | كأس آسيا 2019 | p4_asiancup

@P5
PER | الفهد | p5_fahad
FAC | ستاد جابر الدولي | p5_jaber
DATE | شباط (فبراير) المقبل | p5_feb
GPE | الكويت | p5_kuwait1
NORP | الخليجية | p5_gulf
GPE | الكويت | p5_kuwait2

@P6
GPE | الكويت | p6_kuwait
NORP | الخليجي | p6_gulf
DATE | كانون الأول (ديسمبر) 2016 | p6_dec2016
DATE | كانون الثاني (يناير) 2017 | p6_jan2017

@P7
PER | سهو السهو | p7_sahou
ORG | الاتحاد الكويتي | p7_kfa
REL | ROLE | p7_sahou | p7_kfa
GPE | الكويت | p7_kuwait
DATE | كانون الأول (ديسمبر) المقبل | p7_dec
GPE | قطر | p7_qatar

@P8
GPE | العراق | p8_iraq
DATE | شباط (فبراير) الماضي | p8_feb
EVENT | خليجي 24 | p8_gulf24
GPE | الكويت | p8_kuwait1
GPE | كويت | p8_kuwait2
EVENT | كأس الخليج | p8_gulfcup
DATE | 2003 | p8_2003

@P9
PER | أحمد الخميس | p9_khamis
ORG | الاتحاد السعودي | p9_sfa
REL | ROLE | p9_khamis | p9_sfa
GPE | السعودية | p9_ksa
NORP | الخليجي | p9_gulf
ORG | الاتحاد الكويتي | p9_kfa
PER | طلال الفهد | p9_fahad
GPE | الكويت | p9_kuwait1
DATE | كانون الأول (ديسمبر) المقبل | p9_dec
DATE | العام المقبل | p9_nextyear
GPE | كويت | p9_kuwait2
