# saudinewsnet_part011_0329 (annotator29)
@P1
ORG | بورصة شنغهاي | p1_sse
DATE | عام 2007 | p1_2007

@P2
GPE | شنغهاي | p2_shanghai
PERCENT | 8.5% | p2_pct1
DATE | اليوم الاثنين | p2_monday
PERCENT | 8.48% | p2_pct2
NORP | صيني | p2_chinese

@P3
GPE | شينزين | p3_shenzhen
PERCENT | 7.59 % | p3_pct1
GPE | هونج كونج | p3_hk
PERCENT | 3.28% | p3_pct2

@P4
GPE | الصين | p4_china1
DATE | مطلع يوليو الجاري | p4_july
ORG | البنك المركزي | p4_cb
MONEY | 35 مليار يوان | p4_yuan
MONEY | 5.7 مليار دولار | p4_usd
GPE | الصين | p4_china2
PERCENT | 7.0% | p4_pct
DATE | الربع الثاني من العام | p4_q2
