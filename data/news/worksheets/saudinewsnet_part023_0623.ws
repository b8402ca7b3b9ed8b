# saudinewsnet_part023_0623 (annotator19)
@P1
GPE | عرعر | p1_arar

@P2
GPE | الحدود الشمالية | p2_northern
PER | عبد المنعم الراشد | p2_rashed
GPE | عرعر | p2_arar
REL | ROLE | p2_rashed | p2_northern

@P3
GPE | عرعر | p3_arar

@P4
ORG | بلدية عرعر | p4_arar_mun
DATE | عام 1376 | p4_1376
ORG | بلدية منطقة الحدود الشمالية | p4_northern_mun
DATE | عام 1404 | p4_1404
ORG | أمانة منطقة الحدود الشمالية | p4_amana

@P5
ORG | الوئام | p5_weam
GPE | عرعر | p5_arar
