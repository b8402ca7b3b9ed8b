# ant_v1.1_part002_1590 (annotator36)
@P1
ORG | حزب التحرير | p1_tahrir

@P2
PER | محمد ياسين صميدة | p2_smida
ORG | المكتب الاعلامي لحزب التحرير | p2_mediaoffice
REL | ROLE | p2_smida | p2_mediaoffice
DATE | اليوم الأربعاء 11 جانفي | p2_wed

@P3
PER | محمد ياسين صميدة | p3_smida
DATE | أمس | p3_yesterday
