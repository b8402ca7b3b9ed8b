@P2
ORG | كتابة الدولة لاملاك الدولة والشؤون العقارية | p2_secretariat
PERCENT | 3 بالمائة | p2_pct3

@P3
DATE | الاثنين | p3_monday
DATE | 18 أكتوبر 2016 | p3_date
DATE | شهر سبتمر الماضي | p3_september
PERCENT | 5% | p3_pct5
PERCENT | 13% | p3_pct13
