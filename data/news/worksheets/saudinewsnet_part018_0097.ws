# saudinewsnet_part018_0097 (annotator21)
@P1
NORP | الصينية | p1_chinese

@P2
DATE | أمس | p2_yesterday
GPE | الصين | p2_china
GPE | شنغهاي | p2_shanghai

@P3
ORG | بورصة لندن للمعادن | p3_lme
PERCENT | 1.7 بالمئة | p3_pct
MONEY | 5142 دولاراً | p3_m1
DATE | يوليو 2009 | p3_jul2009
MONEY | 5161 دولاراً | p3_m2
MONEY | 5230 دولاراً | p3_m3
DATE | يوم الجمعة | p3_friday

@P4
PER | سيرجي رايفسكي | p4_raevsky
ORG | اس.بي أنجل | p4_spangel
NORP | الصينية | p4_chinese
REL | ROLE | p4_raevsky | p4_spangel

@P5
NORP | الصينية | p5_chinese

@P6
NORP | الصيني | p6_chinese
DATE | يوليو تموز | p6_july

@P7
MONEY | 1601.50 دولاراً | p7_m1
PERCENT | 20 بالمئة | p7_pct
DATE | أوائل مايو | p7_may
MONEY | 1611 دولاراً | p7_m2
MONEY | 1618 دولاراً | p7_m3
DATE | يوم الجمعة | p7_friday

@P8
NORP | الصينية | p8_chinese

@P9
MONEY | 1882.50 دولاراً | p9_m1
DATE | ديسمبر 2013 | p9_dec2013
MONEY | 1888 دولاراً | p9_m2
MONEY | 1916 دولارًا | p9_m3
MONEY | 1672 دولاراً | p9_m4
MONEY | 1676 دولاراً | p9_m5
MONEY | 1702 دولار | p9_m6
MONEY | 16075 دولاراً | p9_m7
MONEY | 16300 دولار | p9_m8
MONEY | 10660 دولاراً | p9_m9
MONEY | 10675 دولاراً | p9_m10
MONEY | 11045 دولاراً | p9_m11
DATE | يوم الجمعة | p9_friday
