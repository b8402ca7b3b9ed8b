# saudinewsnet_part007_1137 (annotator50)
# Honey varieties (الشوكة، السدر، الزهور، السلم، المجرة، السمر) are products; "القرآن الكريم" is a title of a work (annotator19, annotator26): not annotated.
@P1
EVENT | مهرجان أبها للتسوق | p1_festival
MONEY | 700 ريال | p1_money

@P2
ORG | عين اليوم | p2_ainalyoum
GPE | أبها | p2_abha

@P3
EVENT | مهرجان أبها للتسوق | p3_festival     # edition number "الـ 17" outside (annotator26)

@P4
PER | غالب بن أحمد الهبوب | p4_hboub

@P5
PER | فاضل محمد | p5_fadel

@P6
PER | علي العامري | p6_amri
MONEY | 150 ريالا | p6_money1
MONEY | 700 ريال | p6_money2
GPE | ابها | p6_abha
GPE | عسير | p6_asir
PER | غالب بن أحمد الهبوب | p6_hboub
