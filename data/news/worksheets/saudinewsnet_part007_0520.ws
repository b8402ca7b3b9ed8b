# saudinewsnet_part007_0520 (annotator3)
@P1
NORP | سعودية | p1_saudi
GPE | عدن | p1_aden

@P2
DATE | أمس | p2_yesterday
FAC | مطار عدن الدولي | p2_airport
NORP | الحوثيين | p2_houthis
PER | سلمان بن عبدالعزيز | p2_salman
NORP | اليمني | p2_yemeni
PER | محمد بن سلمان | p2_mbs
ORG | مجلس الوزراء | p2_cabinet
ORG | القوات الجوية الملكية السعودية | p2_rsaf
ORG | مركز الملك سلمان للإغاثة والأعمال الإنسانية | p2_ksrelief1
GPE | شرورة | p2_sharurah
GPE | عدن | p2_aden
GPE | اليمن | p2_yemen1
PER | رأفت الصباغ | p2_sabbagh
PER | صلاح المزروع | p2_mazrou
ORG | الديوان الملكي | p2_royalcourt
PER | عبدالله الربيعة | p2_rabiah1
ORG | الحكومة الشرعية اليمنية | p2_yemgov
ORG | خلية الإجلاء والعمليات الإنسانية | p2_cell
ORG | وزارة الدفاع | p2_mod
ORG | مركز الملك سلمان للإغاثة والأعمال الإنسانية | p2_ksrelief2
PER | عبدالله الربيعة | p2_rabiah2
GPE | اليمن | p2_yemen2
REL | ROLE | p2_mbs | p2_cabinet
REL | LOCATED_IN | p2_aden | p2_yemen1
REL | SUPPORTS | p2_ksrelief1 | p2_aden
REL | ROLE | p2_rabiah1 | p2_royalcourt
REL | ROLE | p2_rabiah2 | p2_ksrelief2
