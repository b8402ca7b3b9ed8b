# saudinewsnet_part018_0968 (annotator6)
@P1
PER | روبرت داوني جونيور | p1_rdj
ORG | فوربس | p1_forbes

@P2
PER | روبرت داوني جونيور | p2_rdj
ORG | فوربس | p2_forbes
DATE | أمس | p2_yesterday
LOC | بوليوود | p2_bollywood
LOC | هوليوود | p2_hollywood

@P3
PER | داوني | p3_downey
MONEY | 80 مليون دولار | p3_money1
DATE | يونيو (حزيران) 2014 إلى يونيو 2015 | p3_period
DATE | هذا العام | p3_thisyear
MONEY | 1.3 مليار دولار | p3_money2

@P4
NORP | الصيني | p4_chinese
PER | جاكي شان | p4_chan
ORG | فوربس | p4_forbes
MONEY | 50 مليون دولار | p4_money
DATE | العام الماضي | p4_lastyear
LOC | هوليوود | p4_hollywood
GPE | الصين | p4_china

@P5
LOC | هوليوود | p5_hollywood
PER | فين ديزل | p5_diesel
MONEY | 47 مليون دولار | p5_money
PER | برادلي كوبر | p5_cooper
PER | آدم ساندلر | p5_sandler
PER | توم كروز | p5_cruise

@P6
PER | ساندلر | p6_sandler
MONEY | 41 مليون دولار | p6_money
DATE | العام الماضي | p6_lastyear
ORG | سوني | p6_sony
ORG | نتفليكس | p6_netflix

@P7
LOC | بوليوود | p7_bollywood
PER | أميتاب باتشان | p7_bachchan
PER | سالمان خان | p7_khan
PER | أكشاي كومار | p7_kumar

@P8
PER | باتشان | p8_bachchan
PER | خان | p8_khan
MONEY | 33.5 مليون دولار | p8_money1
PER | كومار | p8_kumar
MONEY | 32.5 مليون دولار | p8_money2

@P9
ORG | فوربس | p9_forbes
ORG | نيلسن | p9_nielsen
ORG | بوكس أوفس موجو | p9_bom
ORG | آي إم دي بي | p9_imdb
