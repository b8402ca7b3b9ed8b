# saudinewsnet_part026_0165 (annotator34)
@P1
NORP | التركية | p1_turkish
NORP | كرديا | p1_kurds

@P2
ORG | وكالة أنباء الاناضول | p2_anadolu
NORP | التركية | p2_turkish1
DATE | امس | p2_yesterday
NORP | كرديا | p2_kurds
ORG | حزب العمال الكردستاني | p2_pkk
NORP | التركية | p2_turkish2
GPE | العراق | p2_iraq

@P3
NORP | كردية | p3_kurdish
NORP | التركية | p3_turkish

@P4
GPE | تركيا | p4_turkey
DATE | 24 يوليو | p4_date
ORG | حزب العمال الكردستاني | p4_pkk
ORG | داعش | p4_isis

@P5
NORP | تركية | p5_turkish
ORG | حزب العمال الكردستاني | p5_pkk1
ORG | قوات الامن التركية | p5_security
NORP | الاكراد | p5_kurds
PER | صلاح الدين دمرتاش | p5_demirtas
ORG | الحكومة التركية | p5_turkgov
ORG | حزب العمال الكردستاني | p5_pkk2
