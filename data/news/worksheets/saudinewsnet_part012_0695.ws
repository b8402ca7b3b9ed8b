# saudinewsnet_part012_0695 (annotator21)
@P1
ORG | الإحصائي الخليجي | p1_gccstat
MONEY | 95 دولاراً | p1_95usd
DATE | 2017 | p1_2017

@P2
DATE | عام 2017 | p2_2017
MONEY | 95.4 دولاراً | p2_954usd
ORG | المركز الإحصائي لدول الخليج | p2_gccstat
ORG | مجلس التعاون لدول الخليج العربية | p2_gcc1
PERCENT | 45.9% | p2_pct1
ORG | مجلس التعاون | p2_gcc2
ORG | مجلس التعاون الخليجي | p2_gcc3
ORG | مجلس التعاون لدول الخليج العربي | p2_gcc4
PERCENT | 45.9% | p2_pct2
PERCENT | 10.3% | p2_pct3
PERCENT | 9.4% | p2_pct4
PERCENT | 8.6% | p2_pct5
