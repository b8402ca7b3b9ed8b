# saudinewsnet_part007_0428 (annotator31)
@P1
EVENT | مهرجان رأس تنورة | p1_festival

@P2
GPE | المنطقة الشرقية | p2_eastern
GPE | رأس تنورة | p2_rastanura1
ORG | البرنامج الوطني للحرف والصناعات اليدوية | p2_program
ORG | بارع | p2_bare1
ORG | هيئة العامة للسياحة والتراث الوطني | p2_scth1
PER | عبداللطيف البنيان | p2_bunyan
ORG | الهيئة العامة للسياحة والتراث الوطني | p2_scth2
ORG | مجلس التنمية السياحية | p2_tdc
REL | ROLE | p2_bunyan | p2_scth2
REL | ROLE | p2_bunyan | p2_tdc
GPE | رأس تنورة | p2_rastanura2
DATE | أيام عيد الفطر | p2_eid
DATE | شهر شوال | p2_shawwal
ORG | بارع | p2_bare2
ORG | مشروع الملك عبدالله للعناية بالتراث الحضاري | p2_project
ORG | مجلس الوزراء | p2_cabinet
