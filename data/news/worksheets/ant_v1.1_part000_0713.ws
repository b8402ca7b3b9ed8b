# ant_v1.1_part000_0713 (annotator14)
@P1
GPE | تونس | p1_tunisia
GPE | بريطانيا | p1_britain

@P2
DATE | الثلاثاء | p2_tue
FAC | قصر الحكومة | p2_palace
LOC | القصبة | p2_kasbah
GPE | تونس | p2_tunisia
GPE | المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية | p2_uk
PER | يوسف الشاهد | p2_chahed
GPE | لندن | p2_london
PER | اندرو بارملاي | p2_parmley
NORP | التونسية | p2_tn_adj
ORG | البنك المركزي التونسي | p2_bct
GPE | بريطانيا | p2_britain
GPE | تونس | p2_tunisia2
REL | LOCATED_IN | p2_palace | p2_kasbah
REL | ROLE | p2_chahed | p2_tunisia
REL | ROLE | p2_parmley | p2_london

@P3
ORG | رئاسة الحكومة | p3_pmoffice
GPE | تونس | p3_tunisia
GPE | تونس | p3_tunisia2
ORG | الديوانة التونسية | p3_customs
ORG | البنك المركزي التونسي | p3_bct
ORG | وزارة المالية | p3_finance
ORG | هيئة السوق المالية | p3_cmf
ORG | الهيئة العامة للتأمين | p3_insurance
