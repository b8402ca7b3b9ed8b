# ant_v1.1_part003_2445 (annotator37)
@P1
ORG | آبل | p1_apple

@P2
ORG | أبل | p2_apple
DATE | اليوم الثلاثاء | p2_tuesday
DATE | 12 سبتمبر | p2_sep12

@P3
MONEY | 199 دولارا | p3_199
MONEY | 299 دولارا | p3_299
MONEY | 499 دولار | p3_499

@P4
PERCENT | 185% | p4_pct
