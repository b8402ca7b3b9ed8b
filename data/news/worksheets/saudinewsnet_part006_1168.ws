# saudinewsnet_part006_1168 (annotator26)
@P1
EVENT | مهرجان أبها للتسوق | p1_festival

@P2
EVENT | مهرجان أبها للتسوق | p2_festival
DATE | هذا العام | p2_thisyear
PER | بسام العامري | p2_amiri
NORP | اليماني | p2_yemeni
NORP | التهامي | p2_tihami
PER | ياسر اليافعي | p2_yafei
MONEY | 100 ريال | p2_100sar
MONEY | ألف ريال | p2_1000sar
PER | محمد ناصر | p2_nasser
MONEY | 200 و500 ريال | p2_200_500sar
