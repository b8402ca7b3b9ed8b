# saudinewsnet_part009_0514 (annotator29)
@P1
GPE | هولندا | p1_nl
NORP | أوروبيين | p1_european

@P2
ORG | الحكومة الهولندية | p2_nlgov
ORG | دويتشه بنك | p2_db
ORG | مورغان ستانلي | p2_ms
ORG | إيه بي إن أمرو | p2_abn

@P3
DATE | الربع الرابع من العام الحالي | p3_q4

@P4
ORG | الحكومة الهولندية | p4_nlgov
MONEY | مليارات اليوروات | p4_billions
ORG | مورغان ستانلي | p4_ms
ORG | دويتشه بنك | p4_db
ORG | إيه بي إن أمرو | p4_abn
ORG | إن إل فايننشيال إنفيستمينتس | p4_nlfi
REL | SUPPORTS | p4_nlgov | p4_abn

@P5
DATE | يوم الجمعة | p5_friday

@P6
ORG | إيه بي إن أمرو هولدينغ | p6_abnholding
DATE | عام 2007 | p6_2007
MONEY | 71 مليار يورو | p6_71bn
ORG | رويال بنك | p6_rbs
NORP | الاسكوتلندي | p6_scottish
ORG | بانكو سانتاندر | p6_santander
NORP | الإسباني | p6_spanish
ORG | فورتيس | p6_fortis
NORP | البلجيكي | p6_belgian

@P7
NORP | البلجيكي | p7_belgian
GPE | ألمانيا | p7_germany
ORG | إيه بي إن أمرو | p7_abn
DATE | عام 2008 | p7_2008
ORG | الحكومة الهولندية | p7_nlgov
MONEY | مليار يورو | p7_1bn

@P8
DATE | مايو (أيار) الماضي | p8_may
ORG | الحكومة الهولندية | p8_nlgov
PERCENT | 20 و30 في المائة | p8_pct
MONEY | 15 مليار يورو | p8_15bn
MONEY | 16.7 مليار دولار | p8_usd

@P9
GPE | هولندا | p9_nl
DATE | مارس (آذار) | p9_march
ORG | إيه بي إن أمرو | p9_abn

@P10
ORG | إيه بي إن أمرو | p10_abn
DATE | عام 2014 | p10_2014
MONEY | 1.55 مليار يورو | p10_m1
MONEY | 752 مليار يورو | p10_m2
DATE | عام 2013 | p10_2013

@P11
ORG | نيويورك تايمز | p11_nyt
