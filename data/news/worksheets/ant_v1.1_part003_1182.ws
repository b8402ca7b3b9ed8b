# ant_v1.1_part003_1182 (annotator31)
@P1
PER | وديع الجريء | p1_jary
DATE | يوم الخميس | p1_thursday

@P2
ORG | الجامعة التوسية لكرة القدم | p2_ftf
ORG | الرابطة المحترفة الاولى | p2_ligue1
DATE | بعد غد الخميس | p2_thursday
FAC | ملعب رادس | p2_rades
ORG | الترجي الرياضي | p2_est1
ORG | النجم الساحلي | p2_ess1
ORG | الترجي الرياضي | p2_est2
ORG | النجم الساحلي | p2_ess2

@P3
DATE | يوم الخميس | p3_thursday
ORG | المحكمة الرياضية الدولية | p3_cas
ORG | النجم | p3_ess
EVENT | الألعاب الأولمبية | p3_olympics
