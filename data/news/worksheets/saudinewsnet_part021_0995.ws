# saudinewsnet_part021_0995 (annotator5)
@P1
PER | السيسي | p1_sisi
FAC | قناة السويس الجديدة | p1_canal
NORP | عربي | p1_arab

@P2
NORP | المصري | p2_eg
PER | عبدالفتاح السيسي | p2_sisi
DATE | أمس الخميس | p2_thu
FAC | قناة السويس الجديدة | p2_canal
NORP | المصرية | p2_eg2
FAC | ميدان التحرير | p2_tahrir
EVENT | الثورة المصرية | p2_revolution
GPE | القاهرة | p2_cairo
PER | السيسي | p2_sisi2
EVENT | حرب أكتوبر | p2_octwar
DATE | 1973 | p2_1973
REL | ROLE | p2_sisi | p2_eg

@P3
MONEY | 30 مليون جنيه | p3_30m
NORP | مصرية | p3_eg
PER | عبدالفتاح السيسي | p3_sisi
FAC | قناة السويس | p3_canal
NORP | المصرية | p3_eg2

@P4
NORP | مصريون | p4_eg
FAC | قناة السويس الجديدة | p4_newcanal
DATE | امس | p4_yesterday
FAC | قناة السويس | p4_canal
PERCENT | 30% | p4_30pct
FAC | قناة السويس | p4_canal2
FAC | قناة السويس | p4_canal3

@P5
FAC | قناة السويس | p5_canal
PERCENT | 259% | p5_259pct
DATE | عام 2023 | p5_2023
MONEY | 13.226 مليار دولار | p5_13bn
MONEY | 5.3 مليار دولار | p5_5bn
DATE | عام 2014 | p5_2014
PER | علي لطفي | p5_lotfi
GPE | مصر | p5_egypt
FAC | قناة السويس | p5_canal2
FAC | قناة السويس | p5_canal3
GPE | مصر | p5_egypt2
REL | ROLE | p5_lotfi | p5_egypt

@P6
PER | سلطان أبو علي | p6_sultan
FAC | قناة السويس | p6_canal
NORP | المصري | p6_eg
PER | أحمد عبد النور | p6_abdelnour
ORG | جامعة ستراث مور | p6_univ
GPE | كاليفورنيا | p6_california
GPE | الولايات المتحدة الأمريكية | p6_usa
FAC | قناة السويس الجديدة | p6_newcanal
NORP | المصري | p6_eg2
NORP | الغرب | p6_west
NORP | المصري | p6_eg3
ORG | الحكومة المصرية | p6_egov
NORP | مصرية | p6_eg4
REL | ROLE | p6_abdelnour | p6_univ
REL | LOCATED_IN | p6_univ | p6_california
REL | LOCATED_IN | p6_california | p6_usa
