# saudinewsnet_part008_0654 (annotator9)
@P1
ORG | التعاون الإسلامي | p1_oic
GPE | أميركا | p1_us
ORG | بوكو حرام | p1_bh
GPE | الكاميرون | p1_cameroon
GPE | نيجيريا | p1_nigeria
REL | CRITICIZES | p1_oic | p1_bh
REL | CRITICIZES | p1_us | p1_bh

@P2
ORG | منظمة التعاون الإسلامي | p2_oic1
GPE | الولايات المتحدة | p2_us
DATE | يومي الأربعاء والخميس | p2_days
GPE | الكاميرون | p2_cameroon
GPE | نيجيريا | p2_nigeria
PER | إياد بن أمين مدني | p2_madani
DATE | أمس الجمعة | p2_fri
ORG | فرقة العمل المشتركة المتعددة الجنسيات | p2_mnjtf
ORG | منظمة التعاون الإسلامي | p2_oic2
REL | ROLE | p2_madani | p2_oic2

@P3
ORG | الخارجية الأميركية | p3_state1
GPE | الولايات المتحدة | p3_us
PER | مارك تونر | p3_toner
ORG | الخارجية الأميركية | p3_state2
ORG | بوكو حرام | p3_bh
REL | ROLE | p3_toner | p3_state2
REL | CRITICIZES | p3_toner | p3_bh
