# ant_v1.1_part001_2448 (annotator19)
@P1
PER | الطبوبي | p1_taboubi
ORG | صندوق النقد الدولي | p1_imf

@P2
ORG | اتحاد العام التونسي للشغل | p2_ugtt
PER | نور الدين الطبوبي | p2_taboubi
ORG | وكالة تونس إفريقيا للأنباء | p2_tap
DATE | اليوم الخميس | p2_thu
ORG | صندوق النقد الدولي | p2_imf
REL | ROLE | p2_taboubi | p2_ugtt

@P3
PER | الطبوبي | p3_taboubi1
ORG | صندوق النقد الدولي | p3_imf1
GPE | تونس | p3_tunisia1
PER | الطبوبي | p3_taboubi2
LOC | المغيرة | p3_mghira
LOC | الشرقية | p3_charguia
GPE | تونس | p3_tunisia2
NORP | الألمانية | p3_german
GPE | تونس | p3_tunisia3
ORG | البنك العالمي | p3_wb
GPE | تونس | p3_tunisia4
DATE | أمس الأربعاء | p3_wed
ORG | الاتحاد العام التونسي للشغل | p3_ugtt1
ORG | الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية | p3_utica
PER | بيورن روثر | p3_rother
ORG | صندوق النقد الدولي | p3_imf2
GPE | تونس | p3_tunisia5
GPE | تونس | p3_tunisia6
ORG | صندوق النقد الدولي | p3_imf3
ORG | الاتحاد العام التونسي للشغل | p3_ugtt2
REL | ROLE | p3_rother | p3_imf2
