# saudinewsnet_part004_0718 (annotator21)
@P1
GPE | اليمن | p1_yemen
NORP | الحوثيون | p1_houthis
GPE | عدن | p1_aden
GPE | تعز | p1_taiz

@P2
NORP | الحوثي | p2_houthi
PER | صالح | p2_saleh
GPE | صعدة | p2_saada1
GPE | عمران | p2_amran1
GPE | عدن | p2_aden1
GPE | تعز | p2_taiz1
ORG | موقع الخبر | p2_alkhabar
ORG | جماعة الحوثي | p2_houthigroup
GPE | عدن | p2_aden2
GPE | تعز | p2_taiz2
GPE | لحج | p2_lahj
NORP | الحوثيين | p2_houthis1
GPE | عمد | p2_amd
GPE | عمران | p2_amran2
GPE | صنعاء | p2_sanaa1
GPE | صعدة | p2_saada2
GPE | حجة | p2_hajjah
GPE | عمران | p2_amran3
ORG | وزارة الداخلية | p2_moi
GPE | صنعاء | p2_sanaa2
GPE | عدن | p2_aden3
FAC | مطار عدن الدولي | p2_airport
LOC | التواهي | p2_tawahi1
GPE | عدن | p2_aden4
NORP | حوثياً | p2_houthis2
GPE | حيدان | p2_haydan1
GPE | صعدة | p2_saada3
LOC | التواهي | p2_tawahi2
GPE | عدن | p2_aden5
NORP | حوثيين | p2_houthis3
GPE | صعدة | p2_saada4
GPE | عدن | p2_aden6
NORP | الحوثيين | p2_houthis4
GPE | حيدان | p2_haydan2
LOC | التواهي | p2_tawahi3
ORG | الوئام | p2_weam
GPE | اليمن | p2_yemen
NORP | الحوثيون | p2_houthis5
GPE | عدن | p2_aden7
GPE | تعز | p2_taiz3
REL | LOCATED_IN | p2_amd | p2_amran2
REL | LOCATED_IN | p2_moi | p2_sanaa2
REL | LOCATED_IN | p2_tawahi1 | p2_aden4
REL | LOCATED_IN | p2_haydan1 | p2_saada3
REL | LOCATED_IN | p2_tawahi2 | p2_aden5
