# saudinewsnet_part021_0707 (annotator31)
@P1
DATE | 1999 | p1_1999
NORP | أمريكية | p1_us

@P2
DATE | اليوم الجمعة | p2_friday
DATE | عام 1999 | p2_1999
NORP | أمريكية | p2_us
GPE | الولايات المتحدة | p2_usa

@P3
NORP | الأمريكية | p3_us
ORG | مجلس الاحتياطي الاتحادي | p3_fed
ORG | البنك المركزي الأمريكي | p3_cb
DATE | الشهر المقبل | p3_nextmonth

@P4
PERCENT | 0.3 بالمئة | p4_pct
MONEY | 1092.10 دولار | p4_m1
MONEY | 1100 دولار | p4_m2
DATE | 20 يوليو تموز | p4_jul20
MONEY | 1077 دولارا | p4_m3
DATE | 24 من نفس الشهر | p4_24th
DATE | فبراير شباط 2010 | p4_feb2010

@P5
DATE | بداية الأسبوع | p5_weekstart
DATE | مايو أيار ويونيو حزيران 1999 | p5_mayjune1999

@P6
NORP | الأمريكية | p6_us
DATE | ديسمبر كانون الأول | p6_dec
PERCENT | 0.1 بالمئة | p6_pct
MONEY | 1091.60 دولار | p6_m1

@P7
PERCENT | واحدا بالمئة | p7_pct
MONEY | 14.72 دولار | p7_m1

@P8
MONEY | 951 دولارا | p8_m1
PERCENT | 0.6 بالمئة | p8_pct
MONEY | 598.50 دولار | p8_m2
