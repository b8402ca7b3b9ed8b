# saudinewsnet_part001_0335 (annotator38)
@P2
GPE | الرياض | p2_riyadh1
ORG | الاقتصادية | p2_eqtisadiah
LOC | العزيزية | p2_aziziyah
GPE | الرياض | p2_riyadh2
REL | LOCATED_IN | p2_aziziyah | p2_riyadh2
GPE | الرياض | p2_riyadh3
PER | فلاح الدوسري | p2_dosari1
ORG | الإدارة العامة لصحة البيئة | p2_gdeh
REL | ROLE | p2_dosari1 | p2_gdeh
ORG | إدارة صحة البيئة | p2_deh
ORG | أمانة الرياض | p2_amanah1
GPE | الرياض | p2_riyadh4
ORG | أمانة الرياض | p2_amanah2
ORG | وزارة الزراعة | p2_moa
PER | الدوسري | p2_dosari2
PER | محمد حفور | p2_hafour
PER | محمد حسين | p2_hussein1
ORG | الجمعية الطبية البيطرية | p2_vet1
REL | ROLE | p2_hussein1 | p2_vet1
ORG | الجمعية الطبية البيطرية | p2_vet2
PER | محمد حسين | p2_hussein2
