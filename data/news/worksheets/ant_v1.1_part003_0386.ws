# ant_v1.1_part003_0386 (annotator29)
@P2
LOC | الكرامة | p2_karama
GPE | بوسالم | p2_bousalem
GPE | جندوبة | p2_jendouba
REL | LOCATED_IN | p2_karama | p2_bousalem
REL | LOCATED_IN | p2_bousalem | p2_jendouba

@P3
ORG | وكالة تونس افريقيا للأنباء | p3_tap1
DATE | اليوم الاثنين | p3_monday
ORG | معتمدية المرناقية | p3_delegation
GPE | منوبة | p3_manouba
REL | LOCATED_IN | p3_delegation | p3_manouba
PER | سليم الحاج صالح | p3_hajsalah
ORG | وكالة تونس افريقيا للأنباء | p3_tap2
ORG | الامن الوطني | p3_security1
DATE | ماي الفارط | p3_may
ORG | الامن الوطني | p3_security2
