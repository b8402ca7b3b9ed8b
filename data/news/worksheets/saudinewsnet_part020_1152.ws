# saudinewsnet_part020_1152 (annotator5)
@P1
ORG | مجلس الأمن | p1_unsc
DATE | الجمعة | p1_fri
GPE | سوريا | p1_syria

@P2
ORG | مجلس الأمن الدولي | p2_unsc
DATE | الجمعة | p2_fri
GPE | سوريا | p2_syria
NORP | الأميركي | p2_us
PER | جون كيري | p2_kerry
GPE | موسكو | p2_moscow
GPE | سوريا | p2_syria2
REL | ROLE | p2_kerry | p2_us
REL | SUPPORTS | p2_moscow | p2_kerry

@P3
ORG | الأمم المتحدة | p3_un
ORG | منظمة حظر الأسلحة الكيميائية | p3_opcw
GPE | سوريا | p3_syria

@P4
GPE | بريطانيا | p4_uk
GPE | فرنسا | p4_fr
GPE | الولايات المتحدة | p4_us
ORG | النظام السوري | p4_regime
ORG | النظام السوري | p4_regime2
GPE | روسيا | p4_russia
GPE | دمشق | p4_damascus
NORP | الأميركي | p4_usadj
PER | جون كيري | p4_kerry
DATE | الخميس | p4_thu
NORP | الروسي | p4_rus
PER | سيرغي لافروف | p4_lavrov
ORG | الأمم المتحدة | p4_un
GPE | سوريا | p4_syria
REL | CRITICIZES | p4_uk | p4_regime
REL | CRITICIZES | p4_fr | p4_regime
REL | CRITICIZES | p4_us | p4_regime
REL | ROLE | p4_kerry | p4_usadj
REL | ROLE | p4_lavrov | p4_rus
REL | MEET | p4_kerry | p4_lavrov

@P5
PER | كيري | p5_kerry
PER | لافروف | p5_lavrov
GPE | ماليزيا | p5_malaysia
ORG | الأمم المتحدة | p5_un
REL | MEET | p5_kerry | p5_lavrov
REL | VISIT | p5_kerry | p5_malaysia
REL | VISIT | p5_lavrov | p5_malaysia

@P6
ORG | الحكومة السورية | p6_syrgov
ORG | أمم المتحدة | p6_un
PER | بأن كي مون | p6_ban
ORG | منظمة حظر الأسلحة الكيميائية | p6_opcw
REL | ROLE | p6_ban | p6_un

@P7
ORG | مجلس الأمن | p7_unsc
