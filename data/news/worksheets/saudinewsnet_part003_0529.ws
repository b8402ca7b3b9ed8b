# saudinewsnet_part003_0529 (annotator44)
@P1
MONEY | 48 دولارا | p1_m48

@P2
DATE | أمس | p2_yest1
# "في الأشهر المقبلة" vague; "في خمس سنوات", "في ست سنوات ونصف السنة" durations
GPE | شنغهاي | p2_shanghai          # "بورصتي شنغهاي ونيويورك": the dual classifier leaves the two city names
GPE | نيويورك | p2_ny
ORG | بورصة شنغهاي للذهب | p2_sge
NORP | الأمريكية | p2_american
MONEY | 48 دولارا | p2_m48
MONEY | 1080 دولارا | p2_m1080
DATE | شباط (فبراير) 2010 | p2_feb2010
MONEY | 1104.50 دولار | p2_m1104
DATE | أمس | p2_yest2
MONEY | 1.3 مليار دولار | p2_m13bn
GPE | الصين | p2_china
GPE | الولايات المتحدة | p2_us
DATE | أمس | p2_yest3
MONEY | 1.02 مليار | p2_m102bn          # unit elided from the amount beside it
ORG | بورصة شنغهاي | p2_se
DATE | الشهر الماضي | p2_lastmonth
PERCENT | 0.5 في المائة | p2_pct05
DATE | يوم الإثنين | p2_monday1
PERCENT | 1.7 في المائة | p2_pct17
MONEY | 614.75 دولار | p2_m614
PERCENT | 3.4 في المائة | p2_pct34
DATE | تشرين الأول (أكتوبر) 2012 | p2_oct2012
MONEY | 593 دولارا | p2_m593
PERCENT | 1.2 في المائة | p2_pct12
MONEY | 14.80 دولار | p2_m1480
DATE | يوم الإثنين | p2_monday2
