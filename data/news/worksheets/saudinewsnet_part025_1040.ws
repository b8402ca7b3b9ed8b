# saudinewsnet_part025_1040 (annotator10)
@P1
NORP | أمريكية | p1_us
GPE | تركيا | p1_turkey
ORG | داعش | p1_isis

@P2
ORG | البعثة الأمريكية | p2_usmission
ORG | الحلف الأطلسي | p2_nato
DATE | الأحد | p2_sun
ORG | تويتر | p2_twitter
GPE | الولايات المتحدة | p2_us
FAC | قاعدة أنغرليك | p2_incirlik
GPE | تركيا | p2_turkey
ORG | داعش | p2_isis
REL | LOCATED_IN | p2_incirlik | p2_turkey

@P3
ORG | التحالف الدولي | p3_coalition
GPE | العراق | p3_iraq
GPE | سوريا | p3_syria
GPE | الولايات المتحدة | p3_us
GPE | تركيا | p3_turkey
DATE | تموز/يوليو | p3_july

@P4
GPE | الولايات المتحدة | p4_us
FAC | قاعدة أنغرليك | p4_incirlik
ORG | داعش | p4_isis

@P5
NORP | تركي | p5_turkish
NORP | أمريكية | p5_us
DATE | هذا اليوم | p5_today
FAC | قاعدة أفيانو | p5_aviano
GPE | إيطاليا | p5_italy
REL | LOCATED_IN | p5_aviano | p5_italy

@P6
ORG | دوغان | p6_dogan
NORP | التركية | p6_turkish
NORP | أمريكي | p6_us
NORP | التركية | p6_turkish2

@P7
ORG | سلاح الجو الأمريكي | p7_usaf
NORP | الإسلامي | p7_islamic
GPE | الأردن | p7_jordan
GPE | الكويت | p7_kuwait

@P8
GPE | تركيا | p8_turkey
ORG | الحلف الأطلسي | p8_nato
ORG | داعش | p8_isis
NORP | أكراد | p8_kurds
GPE | سوريا | p8_syria
NORP | الإسلاميين | p8_islamists

@P9
GPE | سروج | p9_suruc1
GPE | سوروتش | p9_suruc2
GPE | تركيا | p9_turkey
ORG | تنظيم الدولة | p9_is
GPE | تركيا | p9_turkey2
REL | LOCATED_IN | p9_suruc1 | p9_turkey
REL | LOCATED_IN | p9_suruc2 | p9_turkey

@P10
ORG | الوئام | p10_weam
NORP | أمريكية | p10_us
GPE | تركيا | p10_turkey
ORG | داعش | p10_isis
