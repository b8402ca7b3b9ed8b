# saudinewsnet_part011_0714 (annotator13)
@P1
NORP | المالديفي | p1_maldivian
PER | منصور بن متعب | p1_mansour

@P2
PER | عبدالله يامين عبدالقيوم | p2_yameen
GPE | جمهورية المالديف | p2_maldives
FAC | قصر الرئاسة | p2_palace
GPE | ماليه | p2_male
PER | منصور بن متعب بن عبدالعزيز | p2_mansour
ORG | مجلس الوزراء | p2_cabinet
REL | ROLE | p2_yameen | p2_maldives
REL | LOCATED_IN | p2_palace | p2_male
REL | MEET | p2_yameen | p2_mansour
REL | ROLE | p2_mansour | p2_cabinet

@P3
PER | سلمان بن عبدالعزيز آل سعود | p3_salman
GPE | المالديف | p3_maldives
DATE | يوم الاستقلال | p3_indday
GPE | دولة المالديف | p3_maldives2

@P4
PER | منصور بن متعب | p4_mansour
ORG | حكومة المملكة العربية السعودية | p4_ksagov
GPE | جمهورية المالديف | p4_maldives
DATE | يوم الاستقلال الخمسين | p4_indday
DATE | أمس | p4_yesterday
FAC | درباقيه | p4_dharubaaruge
GPE | ماليه | p4_male
REL | ROLE | p4_mansour | p4_ksagov
REL | LOCATED_IN | p4_dharubaaruge | p4_male
REL | VISIT | p4_mansour | p4_male

@P5
ORG | الديوان الملكي | p5_court
PER | أحمد الخطيب | p5_khatib
ORG | الديوان الملكي | p5_court2
PER | ياسر بن عثمان الرميان | p5_rumayyan
GPE | المالديف | p5_maldives
PER | بدر بن علي الكحيل | p5_kuhail
REL | ROLE | p5_khatib | p5_court
REL | ROLE | p5_rumayyan | p5_court2
