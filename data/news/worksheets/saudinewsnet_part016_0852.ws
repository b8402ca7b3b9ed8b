# saudinewsnet_part016_0852 (annotator9)
@P1
ORG | داعش | p1_isis

@P2
ORG | المحكمة الجزائية المتخصصة | p2_court
GPE | جدة | p2_jeddah
GPE | سورية | p2_syria
GPE | تركيا | p2_turkey
ORG | داعش | p2_isis
REL | LOCATED_IN | p2_court | p2_jeddah

@P3
ORG | داعش | p3_isis1
GPE | سورية | p3_syria
ORG | داعش | p3_isis2

@P4
ORG | داعش | p4_isis1
NORP | الإسلامية | p4_islamic
ORG | داعش | p4_isis2
MONEY | خمسة آلاف ريال | p4_money
LAW | مادة العاشرة | p4_art10
LAW | نظام وثائق السفر | p4_travel_law1
LAW | المادة السادسة | p4_art6
LAW | نظام وثائق السفر | p4_travel_law2
