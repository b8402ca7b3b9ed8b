# saudinewsnet_part024_0178 (annotator29)
@P1
ORG | مركز الملك سلمان للإغاثة | p1_ksrelief
NORP | يمني | p1_yemeni
GPE | جيبوتي | p1_djibouti
GPE | اليمن | p1_yemen

@P2
PER | عبدالله بن عبدالعزيز الربيعة | p2_rabiah

@P3
ORG | مركز الملك سلمان للإغاثة والأعمال الإنسانية | p3_ksrelief
NORP | يمني | p3_yemeni
GPE | جيبوتي | p3_djibouti
GPE | اليمن | p3_yemen

@P4
PER | رأفت الصباغ | p4_sabbagh
NORP | يمنيًا | p4_yemenis
DATE | أمس | p4_yesterday1
GPE | اليمن | p4_yemen1
DATE | أمس | p4_yesterday2
DATE | يوم الخميس الماضي | p4_thursday
GPE | يمن | p4_yemen2

@P5
ORG | الديوان الملكي | p5_court
PER | عبدالله بن عبدالعزيز الربيعة | p5_rabiah
PER | سلمان بن عبدالعزيز آل سعود | p5_salman
REL | ROLE | p5_rabiah | p5_court

@P6
PER | الصباغ | p6_sabbagh
DATE | مطلع شهر شوال الجاري | p6_shawwal
GPE | الجمهورية اليمنية | p6_yemen
GPE | جيبوتي | p6_djibouti
ORG | الحكومة الشرعية اليمنية | p6_yemgov
