# saudinewsnet_part003_0814 (annotator6)
@P1
GPE | مكة | p1_makkah
EVENT | الفيصل.. شاهد وشهيد | p1_exhibition
GPE | الطائف | p1_taif

@P2
PER | خالد الفيصل | p2_khalid
GPE | مكة المكرمة | p2_makkah_region
DATE | يوم الاثنين المقبل | p2_monday
EVENT | الملك فيصل.. شاهد وشهيد | p2_exhibition
ORG | أمانة الطائف | p2_taif_mun
FAC | متنزه الردف | p2_park
PER | تركي الفيصل | p2_turki
ORG | مركز الملك فيصل للدراسات الإسلامية والبحوث | p2_kfcris
REL | ROLE | p2_khalid | p2_makkah_region
REL | ROLE | p2_turki | p2_kfcris

@P3
PER | فيصل بن عبدالعزيز آل سعود | p3_faisal1
PER | الفيصل | p3_faisal2
PER | فيصل | p3_faisal3
PER | عبدالعزيز | p3_abdulaziz

@P4
GPE | الطائف | p4_taif
PER | محمد بن عبدالرحمن المخرج | p4_mukhrej
PER | خالد الفيصل | p4_khalid
GPE | مكة المكرمة | p4_makkah_region
EVENT | الفيصل.. شاهد وشهيد | p4_exhibition
PER | تركي الفيصل | p4_turki
ORG | أمانة الطائف | p4_taif_mun
NORP | العربية | p4_arab
NORP | الإسلامية | p4_islamic
REL | ROLE | p4_mukhrej | p4_taif
REL | ROLE | p4_khalid | p4_makkah_region
