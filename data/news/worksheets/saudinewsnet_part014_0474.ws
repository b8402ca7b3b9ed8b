# saudinewsnet_part014_0474 (annotator39)
@P1
ORG | الفريق التنظيمي للخدمات المساندة للانتخابات | p1_team
GPE | الشرقية | p1_sharqiya
REL | LOCATED_IN | p1_team | p1_sharqiya

@P2
ORG | الفريق التنظيمي للخدمات المساندة للانتخابات البلدية | p2_team
GPE | الشرقية | p2_sharqiya
PER | فيصل آل ثاني | p2_althani
REL | LOCATED_IN | p2_team | p2_sharqiya
REL | ROLE | p2_althani | p2_team

@P3
ORG | إدارة العلاقات العامة والإعلام | p3_prdept
PER | محمد الصفيان | p3_safyan
REL | ROLE | p3_safyan | p3_prdept

@P4
PER | الصفيان | p4_safyan
ORG | لجنة المحلية للانتخابات | p4_localcomm

@P5
PER | الصفيان | p5_safyan
