# saudinewsnet_part008_1021 (annotator40)
@P1
EVENT | مونديال | p1_mondial
DATE | 2018 | p1_2018
GPE | الأرجنتين | p1_arg
GPE | الأكوادور | p1_ecu
GPE | تشيلي | p1_chile
GPE | البرازيل | p1_brazil

@P2
LOC | أميركا الجنوبية | p2_samerica
EVENT | كأس العالم | p2_worldcup
GPE | روسيا | p2_russia
DATE | عام 2018 م | p2_2018
GPE | الأرجنتين | p2_arg
GPE | الاكوادور | p2_ecu
GPE | تشيلي | p2_chile
EVENT | كوبا أميركا | p2_copa
GPE | البرازيل | p2_brazil

@P3
GPE | البرازيل | p3_brazil
GPE | تشيلي | p3_chile
ORG | برشلونة | p3_barca
NORP | الإسباني | p3_spanish
PER | نيمار دا سيلفا | p3_neymar
EVENT | كوبا أميركا | p3_copa1
EVENT | كوبا أميركا | p3_copa2
GPE | كولومبيا | p3_colombia
REL | ROLE | p3_neymar | p3_brazil
REL | ROLE | p3_neymar | p3_barca

@P4
NORP | الأميركية الجنوبية | p4_samerican
GPE | كولومبيا | p4_colombia
GPE | البيرو | p4_peru
GPE | فنزويلا | p4_venezuela
GPE | البارغواي | p4_paraguay
GPE | بوليفيا | p4_bolivia
GPE | الأوروغواي | p4_uruguay

@P5
LOC | اوقيانيا | p5_oceania

@P6
ORG | الوئام | p6_wiam
EVENT | مونديال | p6_mondial
DATE | 2018 | p6_2018
GPE | الأرجنتين | p6_arg
GPE | الأكوادور | p6_ecu
GPE | تشيلي | p6_chile
GPE | البرازيل | p6_brazil
