# ant_v1.1_part001_0341 (keyword2, second pass)
@P1
GPE | تونس | p1_tunisia
GPE | العراق | p1_iraq

@P2
GPE | تونس | p2_tunisia
DATE | اليوم الجمعة | p2_friday
GPE | العراق | p2_iraq

@P3
ORG | وزارة الشؤون الخارجية | p3_mofa
GPE | تونس | p3_tunisia1
GPE | العراق | p3_iraq1
DATE | أمس الخميس | p3_thursday1
LOC | البياع | p3_bayaa1
GPE | بغداد | p3_baghdad1
REL | LOCATED_IN | p3_bayaa1 | p3_baghdad1
GPE | تونس | p3_tunisia2
GPE | تونس | p3_tunisia3
GPE | العراق | p3_iraq2
REL | SUPPORTS | p3_tunisia3 | p3_iraq2
NORP | العراقيين | p3_iraqis
ORG | داعش | p3_isis
DATE | أمس الخميس | p3_thursday2
LOC | البياع | p3_bayaa2
GPE | بغداد | p3_baghdad2
REL | LOCATED_IN | p3_bayaa2 | p3_baghdad2
DATE | يوم الاربعاء 15 فيفري الجاري | p3_wed
LOC | مدينة الصدر | p3_sadr
GPE | بغداد | p3_baghdad3
REL | LOCATED_IN | p3_sadr | p3_baghdad3
