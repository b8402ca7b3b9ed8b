# saudinewsnet_part002_0436 (annotator27)
@P1
PER | عمر الشريف | p1_omar

@P2
NORP | مصرية | p2_egyptian
NORP | عربية | p2_arab
PER | عمر الشريف | p2_omar1
DATE | اليوم الجمعة 10 يوليو / تموز | p2_d1
PER | الشريف | p2_omar2
PER | عمر الشريف | p2_omar3
DATE | 10 ابريل / نيسان عام 1932 | p2_d2
NORP | الأمريكية | p2_american
NORP | العرب | p2_arabs
PER | طارق الشريف | p2_tarek1
PER | عمر الشريف | p2_omar4
PER | ميشيل ديمتري شلهوب | p2_michel
DATE | 10 ابريل/نيسان | p2_d3
GPE | الإسكندرية | p2_alex
NORP | كاثوليكية | p2_catholic
PER | يوسف شاهين | p2_chahine
PER | فاتن حمامة | p2_faten
DATE | عام 1955 | p2_d4
PER | طارق | p2_tarek2

@P3
NORP | المصرية | p3_egyptian
NORP | مصري | p3_egyptian2
ORG | الوئام | p3_alweam
PER | عمر الشريف | p3_omar
