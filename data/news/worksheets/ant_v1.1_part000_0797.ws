# ant_v1.1_part000_0797 (annotator38)
@P1
ORG | وزارة الطاقة | p1_ministry
MONEY | 24 مليون دينار | p1_money
GPE | تطاوين | p1_tataouine
GPE | قبلي | p1_kebili

@P2
ORG | وزارة الطاقة والمناجم والطاقات المتجددة | p2_ministry
GPE | تطاوين | p2_tataouine1
GPE | قبلي | p2_kebili1
GPE | تطاوين | p2_tataouine2
DATE | يوم 3 أفريل 2017 | p2_april
DATE | يوم 3 ماي المنقضي | p2_may
GPE | قبلي | p2_kebili2

@P3
DATE | الخميس | p3_thursday
GPE | تطاوين | p3_tataouine1
GPE | قبلي | p3_kebili1
NORP | التونسية | p3_tunisian1
MONEY | 24 مليون دينار | p3_money1
GPE | تطاوين | p3_tataouine2
GPE | قبلي | p3_kebili2
PERCENT | 46 بالمائة | p3_pct1
PERCENT | 27 بالمائة | p3_pct2
NORP | التونسية | p3_tunisian2
ORG | شركة الوطنية لنقل الأنابيب بالصحراء | p3_trapsa1
ORG | ترابسا | p3_trapsa2
FAC | نوارة | p3_nawara1
NORP | التونسية | p3_tunisian3
FAC | نوارة | p3_nawara2
DATE | سنة 2018 | p3_2018
PERCENT | 17% | p3_pct3
GPE | تطاوين | p3_tataouine3
REL | LOCATED_IN | p3_nawara2 | p3_tataouine3
EVENT | الكامور | p3_kamour
MONEY | 20 مليون دينار | p3_money2
NORP | التونسي | p3_tunisian4
GPE | تطاوين | p3_tataouine4
GPE | قبلي | p3_kebili3
