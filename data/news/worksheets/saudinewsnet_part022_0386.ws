# saudinewsnet_part022_0386 (annotator51)
# "تعليم الأفلاج" (the Aflaj education administration) is one ORG with its place inside, like شرطة منطقة عسير (§7.6).
# "خادم الحرمين الشريفين", "صاحب السمو الملكي الأمير", "ولي العهد", "ولي ولي العهد", "وزير الداخلية", "وزير الدفاع" are titles.
# Condemning the bombing gives no CRITICIZES (no named EVENT); a condolence message is no MEET.
@P1
ORG | تعليم الأفلاج | p1_edu

@P2
GPE | الأفلاج | p2_aflaj
PER | محمد بن مبارك الزايد | p2_zayed
ORG | تعليم الأفلاج | p2_edu
PER | سلمان بن عبد العزيز آل سعود | p2_salman
PER | محمد بن نايف بن عبد العزيز | p2_mbn
ORG | مجلس الوزراء | p2_cabinet1
PER | محمد بن سلمان بن عبد العزيز | p2_mbs
ORG | مجلس الوزراء | p2_cabinet2
ORG | قوات الطوارئ | p2_sef            # the mosque is not a named facility (§7.6)
GPE | عسير | p2_asir
# "مدير التعليم في محافظة الأفلاج ... ونيابة عن منسوبي ومنسوبات تعليم الأفلاج": the body he heads is named later in the sentence (§7.7)
REL | ROLE | p2_zayed | p2_edu
REL | ROLE | p2_mbn | p2_cabinet1
REL | ROLE | p2_mbs | p2_cabinet2
REL | LOCATED_IN | p2_sef | p2_asir

@P3
PER | الزايد | p3_zayed
NORP | السعودي | p3_saudi
DATE | يوم أمس | p3_yesterday

@P4
PER | الزايد | p4_zayed

@P6
PER | الزايد | p6_zayed

@P7
ORG | الوئام | p7_weam
ORG | تعليم الأفلاج | p7_edu
