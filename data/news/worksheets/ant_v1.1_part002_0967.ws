# ant_v1.1_part002_0967 (annotator44)
@P1
FAC | مارينا جربة حومة السوق | p1_marina   # the marina of Djerba-Houmt Souk, place inside the facility name (like مطار هانوي)

@P2
GPE | جرجيس | p2_zarzis
LOC | جربة | p2_djerba                    # the island (as "جزيرة جربة" → LOC)
DATE | يوم الأربعاء الماضي | p2_wednesday
DATE | أمس السبت | p2_saturday
FAC | مارينا جربة حومة السوق | p2_marina
ORG | الهلال الأحمر التونسي | p2_redcrescent
GPE | مدنين | p2_medenine
PER | منجي سليم | p2_selim
REL | LOCATED_IN | p2_redcrescent | p2_medenine
REL | ROLE | p2_selim | p2_redcrescent

@P3
PER | منجي سليم | p3_selim1
NORP | افارقة | p3_africans
NORP | الليبية | p3_libyan
GPE | مدنين | p3_medenine
DATE | شهر ماي الماضي | p3_may
PER | المنجي سليم | p3_selim2
