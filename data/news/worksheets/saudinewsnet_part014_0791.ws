# saudinewsnet_part014_0791 (annotator37)
@P1
ORG | الخليج | p1_khaleej
ORG | بلاسيوس | p1_palacios
PER | سالم | p1_salem

@P2
ORG | الخليج | p2_khaleej1
PER | سامر سالم | p2_salem
REL | ROLE | p2_salem | p2_khaleej1
ORG | اتلتيكو بلاسيوس | p2_palacios1
NORP | الاسباني | p2_spanish1
FAC | ملعب ماريانو هانو | p2_stadium
GPE | بالنسيا | p2_valencia
REL | LOCATED_IN | p2_stadium | p2_valencia
NORP | الاسبانية | p2_spanish2
REL | VISIT | p2_khaleej1 | p2_valencia
ORG | خليج | p2_khaleej2
PER | فهد السويلم | p2_suwailem
PER | عبدالله السالم | p2_alsalem
ORG | بلاسيوس | p2_palacios2
REL | ROLE | p2_suwailem | p2_khaleej2
REL | ROLE | p2_alsalem | p2_khaleej2

@P3
ORG | خليج | p3_khaleej

@P4
DATE | يوم الجمعة | p4_friday
NORP | الاسبانية | p4_spanish
GPE | مدريد | p4_madrid
