# saudinewsnet_part025_0649 (annotator42)
@P1
GPE | مكة المكرمة | p1_makkah

@P2
ORG | إدارة الخدمات المساندة | p2_support
ORG | أمانة العاصمة المقدسة | p2_amana
GPE | مكة المكرمة | p2_makkah

@P3
PER | راشد الحربي | p3_harbi
ORG | إدارة العمليات | p3_ops1
REL | ROLE | p3_harbi | p3_ops1
LOC | وادي زقلة | p3_zaqla
LOC | الرصيفة | p3_rusaifa
REL | LOCATED_IN | p3_zaqla | p3_rusaifa
ORG | إدارة العمليات | p3_ops2
FAC | بيت الله الحرام | p3_haram

@P4
PER | فيصل النمري | p4_nemri
ORG | قسم العمليات | p4_opsdept
REL | ROLE | p4_nemri | p4_opsdept
ORG | بلدية المسفلة | p4_misfalah

@P5
PER | النمري | p5_nemri
FAC | بيت الله الحرام | p5_haram
