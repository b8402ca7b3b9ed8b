# ant_v1.1_part002_2504 (annotator20)
@P1
PER | منصف المرزوقي | p1_marzouki
PER | راضية نصراوي | p1_nasraoui

@P2
PER | منصف المرزوقي | p2_marzouki
GPE | باريس | p2_paris
DATE | اليوم الأحد | p2_sunday
PER | راضية نصراوي | p2_nasraoui
GPE | تونس | p2_tunisia1
GPE | تونس | p2_tunisia2
REL | ROLE | p2_marzouki | p2_tunisia2

@P3
PER | المرزوقي | p3_marzouki1
GPE | تونس | p3_tunisia1
PER | توفيق مجيد | p3_mjaied
ORG | تويتر | p3_twitter
GPE | تونس | p3_tunisia2
PER | المرزوقي | p3_marzouki2
ORG | النهضة | p3_nahdha1
ORG | النهضة | p3_nahdha2
GPE | تونس | p3_tunisia3
ORG | النهضة | p3_nahdha3
ORG | النداء | p3_nidaa
NORP | اليمين | p3_right
NORP | اليسار | p3_left
ORG | الحراك | p3_harak
REL | LOCATED_IN | p3_nahdha3 | p3_tunisia3
REL | LOCATED_IN | p3_nidaa | p3_tunisia3
REL | LOCATED_IN | p3_harak | p3_tunisia3
REL | ROLE | p3_marzouki2 | p3_harak
