# ant_v1.1_part000_0745 (annotator3)
@P2
PER | لمياء الزريبي بوجناح | p2_zribi
NORP | التونسي | p2_tunisian
MONEY | 3 دنانير | p2_money

@P3
DATE | اليوم الثلاثاء | p3_tuesday
MONEY | 3 دنانير | p3_money1
DATE | يوم 18 افريل الجاري | p3_apr18
NORP | التونسي | p3_tunisian
DATE | 20 افريل | p3_apr20
MONEY | واحد يورو | p3_euro
MONEY | 4ر2 دينار | p3_dinar
LAW | قانون المالية لسنة 2017 | p3_finlaw
