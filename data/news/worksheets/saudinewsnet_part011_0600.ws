# saudinewsnet_part011_0600 (annotator44)
# "وزير التعليم" is a title (no ORG); "برنامج ترقية البعثة", "برنامج التعليم الموازي" and "برنامج الدارسين على حسابهم الخاص" are
# descriptive names of policies/schemes, not named bodies; "الوطن" (the homeland) and "الوزارة", "المجلس" alone are common nouns.
# "بعد 4 أشهر", "لمدة عامين", "30 ساعة" are durations; "عهد الملك سلمان" is not a DATE.
@P1
ORG | مجلس الاقتصاد والتنمية | p1_council

@P5
PER | سلمان | p5_salman
ORG | مجلس الشؤون الاقتصادية والتنمية | p5_council
PER | محمد بن سلمان | p5_mbs
REL | ROLE | p5_mbs | p5_council
