# ant_v1.1_part000_0648 (annotator33)
@P1
ORG | البنك المركزي | p1_bct

@P2
ORG | البنك المركزي التونسي | p2_bct
DATE | موفى أكتوبر 2015 | p2_endoct

@P3
DATE | سنتي 2016 و2017 | p3_years
GPE | الصين | p3_china
PERCENT | 0.1 ٪ | p3_pct1
DATE | الثلاثي الثلاث من السنة الحالية | p3_q3
DATE | الثلاثي السابق | p3_prevq1
PERCENT | 0.1 ٪ | p3_pct2
DATE | الثلاثي السابق | p3_prevq2
PERCENT | 15.3 ٪ | p3_pct3
DATE | شهر أكتوبر | p3_oct
PERCENT | 33.9 ٪ | p3_pct4
PERCENT | 53.4 ٪ | p3_pct5
PERCENT | 39.2 ٪ | p3_pct6
DATE | الأشهر العشرة الأولى من 2015 | p3_10months
MONEY | 1543 مليون دينار | p3_money1
PERCENT | 13.1 ٪ | p3_pct7
MONEY | 10.2 مليار دينار | p3_money2

@P4
ORG | البنك المركزي التونسي | p4_bct
DATE | الثلاثاء | p4_tuesday
DATE | موفى اكتوبر 2015 | p4_endoct
MONEY | 12966 مليون دينار | p4_money1
MONEY | 13097 مليون دينار | p4_money2
DATE | موفى 2014 | p4_end2014

@P5
ORG | البنك المركزي | p5_bct
DATE | موفى أكتوبر 2015 | p5_endoct
