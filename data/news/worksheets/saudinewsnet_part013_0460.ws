# saudinewsnet_part013_0460 (annotator38)
@P1
ORG | التحالف الدولي | p1_coalition
ORG | داعش | p1_isis
GPE | العراق | p1_iraq
GPE | سوريا | p1_syria

@P2
ORG | التحالف الدولي | p2_coalition
GPE | الولايات المتحدة | p2_us
ORG | داعش | p2_isis
GPE | سوريا | p2_syria
GPE | العراق | p2_iraq

@P3
ORG | القيادة المشتركة لقوات التحالف الدولي | p3_command
GPE | دير الزور | p3_deirezzor
ORG | داعش | p3_isis
GPE | سوريا | p3_syria
GPE | الحسكة | p3_hasaka

@P4
GPE | العراق | p4_iraq

@P5
ORG | الوئام | p5_alweeam
ORG | التحالف الدولي | p5_coalition
ORG | داعش | p5_isis
GPE | العراق | p5_iraq
GPE | سوريا | p5_syria
