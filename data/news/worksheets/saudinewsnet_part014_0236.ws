# saudinewsnet_part014_0236 (annotator30)
@P1
ORG | بلدية الخرج | p1_kharj_mun
FAC | طريق الملك عبدالله | p1_abdullah_rd

@P2
ORG | بلدية الخرج | p2_kharj_mun1
FAC | طريق الملك عبدالله | p2_abdullah_rd1
GPE | السيح | p2_sih1
REL | LOCATED_IN | p2_abdullah_rd1 | p2_sih1
DATE | يوم الأحد الماضي | p2_sunday
FAC | طريق الملك عبدالعزيز | p2_abdulaziz_rd1
FAC | طريق الملك عبدالله | p2_abdullah_rd2
GPE | السيح | p2_sih2
REL | LOCATED_IN | p2_abdullah_rd2 | p2_sih2
FAC | ميدان مجلس التعاون الخليجي | p2_gcc_sq
FAC | طريق الملك فهد | p2_fahd_rd
GPE | السيح | p2_sih3
REL | LOCATED_IN | p2_gcc_sq | p2_sih3
FAC | ميدان الاتصالات | p2_telecom_sq
FAC | طريق الملك سعود | p2_saud_rd
GPE | السيح | p2_sih4
MONEY | 951ر625ر34) ريالاً | p2_cost1
ORG | بلدية الخرج | p2_kharj_mun2
FAC | طريق الملك عبدالعزيز | p2_abdulaziz_rd2
FAC | طريق الهياثم | p2_hayathem_rd
GPE | السيح | p2_sih5
MONEY | 930ر996ر41) ريالاً | p2_cost2
GPE | السيح | p2_sih6
