# saudinewsnet_part004_0417 (annotator39)
@P1
MONEY | 67 مليار ريال | p1_money
DATE | مايو | p1_may

@P2
DATE | شهر مايو الماضي | p2_may1
MONEY | 67 مليار ريال | p2_money1
MONEY | 4.5 مليارات ريال | p2_money2
DATE | شهر أبريل | p2_apr1
ORG | مؤسسة النقد العربي السعودي | p2_sama
DATE | شهر مايو الماضي | p2_may2
DATE | شهر أبريل الماضي | p2_apr2
DATE | شهر مايو الماضي | p2_may3
DATE | شهر أبريل الماضي | p2_apr3
DATE | مايو الماضي | p2_may4
MONEY | 67 مليار ريال | p2_money3
DATE | العام الحالي 2015م | p2_2015
DATE | شهر فبراير الماضي | p2_feb
MONEY | 72.7 مليار ريال | p2_money4
DATE | نهاية شهر مايو الماضي | p2_may5
DATE | شهر أبريل الماضي | p2_apr4
DATE | شهر مايو الماضي | p2_may6
MONEY | 67 مليار ريال | p2_money5
DATE | مايو الماضي | p2_may7
DATE | شهر أبريل | p2_apr5
MONEY | 16.7 مليار ريال | p2_money6
